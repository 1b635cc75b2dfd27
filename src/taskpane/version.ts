/** The add-in's version: package.json's, put in by webpack (DefinePlugin); "udvikling" where nothing did (tests). */
declare const __TAKSTSKEMA_VERSION__: string | undefined;

export const VERSION: string = typeof __TAKSTSKEMA_VERSION__ === "string" ? __TAKSTSKEMA_VERSION__ : "udvikling";
