/** One vocabulary for showing findings: severity, §, report columns, counts (issue 21 § 3). */
export * from "./alvor";
export * from "./paragraf";
export * from "./kolonner";
export * from "./samlet";
