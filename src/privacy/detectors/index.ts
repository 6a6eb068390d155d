import type { Detector } from "../detector.js";
import { secretDetectors } from "./secrets.js";
import { kubernetesSecretDetectors } from "./kubernetes-secrets.js";
import { contactDetectors } from "./contact.js";
import { numberDetectors } from "./numbers.js";
import { ibanDetectors } from "./iban.js";
import { networkDetectors } from "./network.js";
import { idDetectors } from "./ids.js";
import { documentNumberDetectors } from "./document-numbers.js";
import { personalDetectors } from "./personal.js";
import { structuredDetectors } from "../structured/index.js";
import { asianIdDetectors } from "./asian-ids.js";
import { scriptDetectors } from "./scripts.js";
import { scriptHealthDetectors } from "./script-health.js";
import { scriptAddressDetectors } from "./script-addresses.js";
import { indicAddressDetectors } from "./indic-addresses.js";
import { scriptIdDetectors } from "./script-ids.js";
import { scriptPasswordDetectors } from "./script-passwords.js";
import { scriptDateDetectors } from "./script-dates.js";
import { unitAddressDetectors } from "./unit-addresses.js";
import { homeCueAddressDetectors } from "./home-cue-addresses.js";
import { driverLicenseDetectors } from "./driver-license.js";
import { financialDetectors } from "./financial.js";
import { biometricDetectors } from "./biometric.js";
import { eastEuropeanDetectors } from "./east-european.js";
import { bankAccountDetectors } from "./bank-accounts.js";
import { nationalBankNumberDetectors } from "./national-bank-numbers.js";
import { passwordInUseDetectors } from "./passwords-in-use.js";
import { nationalIdDetectors } from "./national-ids.js";
import { regionalAddressDetectors } from "./regional-addresses.js";
import { regionalHealthDetectors } from "./regional-health.js";
import { clinicalDetectors } from "./clinical.js";
import { medicalMorphologyDetectors } from "./medical-morphology.js";
import { moneyNearPersonDetectors } from "./money-near-person.js";
import { moneyWordsDetectors } from "./money-words.js";
import { labLineDetectors } from "./lab-lines.js";
import { labelledPersonHealthDetectors } from "./labelled-person-health.js";
import { localHealthRecordDetectors } from "./local-health-records.js";
import { personConditionDetectors } from "./person-condition.js";
import { firstNameHealthDetectors } from "./first-name-health.js";
import { pastedPersonHealthDetectors } from "./pasted-person-health.js";
import { visitPatientDetectors } from "./visit-patient.js";
import { seedPhraseDetectors } from "./seed-phrases.js";
import { carePersonDetectors } from "./care-person.js";
import { labelledIdentifierDetectors } from "./labelled-identifiers.js";
import { valuesBeforeLabelsDetectors } from "./values-before-labels.js";
import { identifierFormatDetectors } from "./identifier-formats.js";
import { statementLineDetectors } from "./statement-lines.js";
import { spokenDigitDetectors } from "./spoken-digits.js";
import { reversedValueDetectors } from "./reversed-values.js";
import { fieldValueDetectors } from "./field-values.js";
import { paymentReceiptDetectors } from "./payment-receipts.js";
import { ocrMrzDetectors } from "./ocr-mrz.js";
import { travelDocumentDetectors } from "./travel-documents.js";
import { spokenNumberDetectors } from "./spoken-numbers.js";
import { spokenDateDetectors } from "./spoken-dates.js";
import { splitPhoneDetectors } from "./split-phones.js";
import { ocrValueDetectors } from "./ocr-values.js";
import { toldSecretDetectors } from "./told-secrets.js";
import { backupCodeListDetectors } from "./backup-code-lists.js";
import { toldWifiKeyDetectors } from "./told-wifi-keys.js";
import { codeLabelPasswordDetectors } from "./code-label-passwords.js";
import { calendarTitleDetectors } from "./calendar-titles.js";
import { accessCodeDetectors } from "./access-codes.js";
import { serviceCodeDetectors } from "./service-codes.js";
import { bitLockerKeyDetectors } from "./bitlocker-keys.js";
import { proseApiKeyDetectors } from "./prose-api-keys.js";
import { securityAnswerDetectors } from "./security-answers.js";
import { describedPasswordDetectors } from "./described-passwords.js";
import { pastedCredentialDetectors } from "./pasted-credentials.js";
import { shellCredentialDetectors } from "./shell-credentials.js";
import { passingIdDetectors } from "./passing-ids.js";
import { personTaxNumberDetectors } from "./person-tax-numbers.js";
import { healthExportRecordDetectors } from "./health-export-records.js";
import { dialogueAnswerDetectors } from "./dialogue-answers.js";

/** Every built-in detector, in the order they run (order does not change the result). */
export const BUILTIN_DETECTORS: readonly Detector[] = [
  ...secretDetectors,
  ...kubernetesSecretDetectors,
  ...ibanDetectors,
  ...numberDetectors,
  ...idDetectors,
  ...documentNumberDetectors,
  ...networkDetectors,
  ...contactDetectors,
  ...personalDetectors,
  ...structuredDetectors,
  ...asianIdDetectors,
  ...scriptDetectors,
  ...scriptHealthDetectors,
  ...scriptPasswordDetectors,
  ...scriptDateDetectors,
  ...unitAddressDetectors,
  ...homeCueAddressDetectors,
  ...scriptIdDetectors,
  ...scriptAddressDetectors,
  ...indicAddressDetectors,
  ...driverLicenseDetectors,
  ...financialDetectors,
  ...biometricDetectors,
  ...eastEuropeanDetectors,
  ...bankAccountDetectors,
  ...nationalBankNumberDetectors,
  ...passwordInUseDetectors,
  ...nationalIdDetectors,
  ...regionalAddressDetectors,
  ...regionalHealthDetectors,
  ...clinicalDetectors,
  ...medicalMorphologyDetectors,
  ...moneyNearPersonDetectors,
  ...moneyWordsDetectors,
  ...labLineDetectors,
  ...labelledPersonHealthDetectors,
  ...localHealthRecordDetectors,
  ...healthExportRecordDetectors,
  ...personConditionDetectors,
  ...firstNameHealthDetectors,
  ...pastedPersonHealthDetectors,
  ...visitPatientDetectors,
  ...seedPhraseDetectors,
  ...toldSecretDetectors,
  ...backupCodeListDetectors,
  ...toldWifiKeyDetectors,
  ...codeLabelPasswordDetectors,
  ...calendarTitleDetectors,
  ...accessCodeDetectors,
  ...serviceCodeDetectors,
  ...bitLockerKeyDetectors,
  ...proseApiKeyDetectors,
  ...securityAnswerDetectors,
  ...describedPasswordDetectors,
  ...pastedCredentialDetectors,
  ...shellCredentialDetectors,
  ...passingIdDetectors,
  ...personTaxNumberDetectors,
  ...carePersonDetectors,
  ...labelledIdentifierDetectors,
  ...valuesBeforeLabelsDetectors,
  ...identifierFormatDetectors,
  ...statementLineDetectors,
  ...spokenDigitDetectors,
  ...reversedValueDetectors,
  ...fieldValueDetectors,
  ...paymentReceiptDetectors,
  ...ocrMrzDetectors,
  ...travelDocumentDetectors,
  ...spokenNumberDetectors,
  ...spokenDateDetectors,
  ...splitPhoneDetectors,
  ...ocrValueDetectors,
  ...dialogueAnswerDetectors,
];
