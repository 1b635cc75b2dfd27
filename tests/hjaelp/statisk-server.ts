/** dist/ on 127.0.0.1 for the browser tests and the benchmark, through the project's one static server. */
import { startServer } from "../../scripts/statisk-server";

export interface StatiskServer {
  url: string;
  /** Every path requested, in order (the network test reads it). */
  anmodninger: string[];
  luk(): Promise<void>;
}

export async function startStatiskServer(rod: string): Promise<StatiskServer> {
  const s = await startServer({ rod, port: 0, optag: true });
  return { url: s.url, anmodninger: s.anmodninger, luk: s.stop };
}
