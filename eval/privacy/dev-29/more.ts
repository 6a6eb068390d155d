/** dev-29 extra hard negatives in record and log shapes: documented test values, policies and synthetic fixtures. */
import type { MarkedEntry } from "../marked-prompts.js";

export const MORE: MarkedEntry[] = [
  [
    "en",
    "neg-financial:test-log:log",
    "2026-12-05 08:00:12 DEBUG payments.sandbox card=4000 0000 0000 9995 result=card_declined reason=insufficient_funds env=test",
  ],
  [
    "en",
    "neg-credentials:rotation:transcript",
    "[Security sync]\nAmir: All service passwords get rotated on the 1st via the vault job.\nJo: And the old ones?\nAmir: Revoked automatically. Nobody should paste secrets into tickets.",
  ],
  [
    "de",
    "neg-financial:schema:yaml",
    "kunde:\n  name: string\n  iban: string   # 22 Zeichen bei DE\n  gehalt: number # Bruttomonatsgehalt in EUR\n  steuer_id: string",
  ],
  ["fr", "neg-health:csv-aggregate:csv", "region;hospitalisations_grippe;taux_pour_100000\nBretagne;1 204;36,1\nOccitanie;2 377;38,9"],
  [
    "es",
    "neg-driver_license:form-blank:form",
    "Formulario de alquiler (en blanco)\nNombre del conductor: ______\nNº de permiso de conducir: ______\nFecha de expedición: __/__/____",
  ],
];
