/// <reference types="node" />
import type { Server } from "node:http";

export interface Certifikater {
  key: Buffer;
  cert: Buffer;
  ca: Buffer;
}
export interface KoerendeServer {
  server: Server;
  port: number;
  /** "http://localhost:port/" (https with certificates): for people and the certificate. */
  adresse: string;
  /** "http://127.0.0.1:port", without a trailing slash: what the browser tests open. */
  url: string;
  /** Every path requested, in order, when started with optag; else empty. */
  anmodninger: string[];
  stop(): Promise<void>;
}
export const STANDARDPORT: number;
export const FAELLES_HOVEDER: Readonly<Record<string, string>>;
export const INDHOLDSTYPER: Readonly<Record<string, string>>;
export function indholdstype(fil: string): string;
export function udviklingscertifikater(): Certifikater | null;
export function startServer(valg: {
  rod: string;
  port?: number;
  vaert?: string;
  certifikater?: Certifikater | null;
  optag?: boolean;
}): Promise<KoerendeServer>;
export function hent(
  adresse: string,
  certifikater?: Certifikater | null,
): Promise<{ status: number; type: string; tekst: string }>;
