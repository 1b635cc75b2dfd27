/**
 * Errors as Office.js raises them (OfficeExtension.Error: name "RichApi.Error", a `code`
 * and Office's English message), so the adapter's error handling is tested against the
 * same shape it meets inside Excel.
 */

export const FEJLKODER = {
  PropertyNotLoaded: "PropertyNotLoaded",
  ItemNotFound: "ItemNotFound",
  ItemAlreadyExists: "ItemAlreadyExists",
  InvalidArgument: "InvalidArgument",
  InvalidObjectPath: "InvalidObjectPath",
  InvalidOperation: "InvalidOperation",
  AccessDenied: "AccessDenied",
  ApiNotFound: "ApiNotFound",
} as const;
export type Fejlkode = (typeof FEJLKODER)[keyof typeof FEJLKODER];

export class FakeOfficeFejl extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function egenskabIkkeIndlaest(egenskab: string): FakeOfficeFejl {
  return new FakeOfficeFejl(
    FEJLKODER.PropertyNotLoaded,
    `The property '${egenskab}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function findesIkke(sted: string): FakeOfficeFejl {
  return new FakeOfficeFejl(FEJLKODER.ItemNotFound, "The requested resource doesn't exist.", sted);
}

export function findesAllerede(sted: string): FakeOfficeFejl {
  return new FakeOfficeFejl(FEJLKODER.ItemAlreadyExists, "The resource already exists.", sted);
}

export function ugyldigtArgument(sted: string): FakeOfficeFejl {
  return new FakeOfficeFejl(
    FEJLKODER.InvalidArgument,
    "The argument is invalid or missing or has an incorrect format.",
    sted,
  );
}

export function ugyldigSti(sted: string): FakeOfficeFejl {
  return new FakeOfficeFejl(
    FEJLKODER.InvalidObjectPath,
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, then please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
    sted,
  );
}

export function ugyldigHandling(sted: string, besked = "The operation is invalid."): FakeOfficeFejl {
  return new FakeOfficeFejl(FEJLKODER.InvalidOperation, besked, sted);
}

export function adgangNaegtet(sted: string): FakeOfficeFejl {
  return new FakeOfficeFejl(FEJLKODER.AccessDenied, "You cannot perform the requested operation.", sted);
}
