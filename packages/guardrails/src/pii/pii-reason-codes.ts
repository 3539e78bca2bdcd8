import { REASON_CODES, type ReasonCode } from '../reason-codes';
import type { PiiType } from './pii-types';

/** Reason code per PII type. */
export const PII_REASON_CODES: Record<PiiType, ReasonCode> = {
  EMAIL_ADDRESS: REASON_CODES.PII_EMAIL,
  PHONE_NUMBER: REASON_CODES.PII_PHONE,
  CREDIT_CARD: REASON_CODES.PII_CREDIT_CARD,
  IBAN_CODE: REASON_CODES.PII_IBAN,
  US_SSN: REASON_CODES.PII_US_SSN,
  IP_ADDRESS: REASON_CODES.PII_IP_ADDRESS,
};
