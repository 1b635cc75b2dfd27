/*
 * Funktionsfilen (manifestets FunctionFile). Båndets "Valider" er en ShowTaskpane-handling,
 * fordi manifestet ikke kan erklære en delt runtime (<Runtimes> ligger uden for de XSD'er,
 * det kontrolleres mod): ruden validerer, når den åbner. Funktionen "valider" her er klar
 * til den dag, manifestet får en delt runtime og knappen bliver ExecuteFunction igen; den
 * åbner så ruden (SharedRuntime 1.1), hvor valideringen sker.
 */

/** Den del af Office.js, handlingen bruger (så den kan prøves uden Office). */
export interface OfficeForKommandoer {
  context: { requirements: { isSetSupported(navn: string, version?: string): boolean } };
  addin: { showAsTaskpane(): Promise<void> };
}

/** Office.AddinCommands.Event: completed() skal kaldes, også når noget fejler. */
export interface KommandoHaendelse {
  completed(): void;
}

export async function valider(haendelse: KommandoHaendelse, office: OfficeForKommandoer): Promise<void> {
  try {
    if (office.context.requirements.isSetSupported("SharedRuntime", "1.1")) {
      await office.addin.showAsTaskpane();
    }
  } catch (fejl) {
    // Fejlen skal kunne ses i tilføjelsesprogrammets konsol; den sendes videre efter completed().
    console.error("Takstskema: opgaveruden kunne ikke åbnes fra knappen Valider.", fejl);
    throw fejl;
  } finally {
    haendelse.completed();
  }
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    Office.actions.associate("valider", (haendelse: Office.AddinCommands.Event) =>
      valider(haendelse, Office as unknown as OfficeForKommandoer),
    );
  });
}
