/* Preloaded (node -r) into a CLI child process: writes its peak RSS (kB) to $KORPUS_RSS_FIL on exit. */
"use strict";
const fs = require("fs");
process.on("exit", () => {
  const fil = process.env.KORPUS_RSS_FIL;
  if (fil) fs.writeFileSync(fil, String(process.resourceUsage().maxRSS));
});
