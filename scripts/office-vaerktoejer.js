/*
 * office-addin-debugging is not a devDependency: through office-addin-dev-settings it
 * peer-depends on @microsoft/m365agentstoolkit-cli, which needs keytar, a native module that
 * does not build without libsecret and Node's headers (so `npm ci` would fail on a plain
 * machine). npm start/stop fetch it with npx at this exact version instead;
 * office-addin-dev-certs and office-addin-manifest are pinned devDependencies.
 */
const OFFICE_ADDIN_DEBUGGING = "office-addin-debugging@7.0.0";

module.exports = { OFFICE_ADDIN_DEBUGGING };
