/** Events: worksheets.onChanged handlers, added and removed at sync. */
import type { FakeKontekst } from "./kontekst-flade";
import type { AendringsHaendelse } from "./model";

export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeKontekst,
    private readonly _handler: (a: AendringsHaendelse) => Promise<unknown>,
  ) {}
  remove(): void {
    this.context.koeOp(() => {
      this.context.model.lyttere.delete(this._handler);
    }, true);
  }
}

export class FakeEventHandlers {
  constructor(readonly context: FakeKontekst) {}
  add(handler: (a: AendringsHaendelse) => Promise<unknown>): FakeEventHandlerResult {
    this.context.koeOp(() => {
      this.context.model.lyttere.add(handler);
    }, true);
    return new FakeEventHandlerResult(this.context, handler);
  }
}
