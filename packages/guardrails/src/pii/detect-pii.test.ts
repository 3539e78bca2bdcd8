import { describe, expect, it } from 'vitest';
import { detectPii } from './detect-pii';
import { redactPii, restorePii } from './redact-pii';
import type { PiiType } from './pii-types';

const found = (text: string, type?: PiiType) =>
  detectPii(text)
    .filter((s) => !type || s.type === type)
    .map((s) => `${s.type}:${s.value}`);

describe('detectPii', () => {
  it.each([
    ['Please write to maria.lopez@example.com, thanks', 'maria.lopez@example.com'],
    ['Mi correo es josé+pedidos@correo.es.', 'josé+pedidos@correo.es'],
    ["Reach me at <o'brien@mail.example.co.uk>", "o'brien@mail.example.co.uk"],
  ])('finds the email in %j', (text, email) => {
    expect(found(text, 'EMAIL_ADDRESS')).toEqual([`EMAIL_ADDRESS:${email}`]);
  });

  it.each([
    ['You can call +34 655 123 456 [1].', '+34 655 123 456'],
    ['Llame al 655 123 456 [3];', '655 123 456'],
    ['Rufen Sie 030 12345678 an [2], danke', '030 12345678'],
    ['Appelez le 01 23 45 67 89 [1].', '01 23 45 67 89'],
    ['Our US line is 415-555-2671[1, 2].', '415-555-2671'],
    ['Support (+44 20 7946 0958) answers 24/7 [doc:faq-3].', '+44 20 7946 0958'],
    ['Call +1 (415) 555-2671), then press 2.', '+1 (415) 555-2671'],
    ['Telefon: +49 89 1234567; Fax folgt.', '+49 89 1234567'],
    ['Numbers: +34 655 123 456, +44 20 7946 0958.', '+34 655 123 456|+44 20 7946 0958'],
  ])('finds the phone number before a citation marker or punctuation in %j, without the marker', (text, phones) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual(phones.split('|').map((p) => `PHONE_NUMBER:${p}`));
  });

  it.each([
    ['Call me at +1 (415) 555-2671 after 5pm', '+1 (415) 555-2671'],
    ['Llámame al 612 34 56 78, por favor', '612 34 56 78'],
    ['Sie erreichen mich unter 030 12345678', '030 12345678'],
    ['Telefon: +49 (0)89 1234567', '+49 (0)89 1234567'],
    ['Appelez-moi au 06 12 34 56 78', '06 12 34 56 78'],
    ['UK office: +44 20 7946 0958', '+44 20 7946 0958'],
    ['call me on 07700900123', '07700900123'],
    ['Téléphone : 03.20.12.34.56 Message : le produit ne marche pas', '03.20.12.34.56'],
    ['Canadian customer: +1 (604) 555-0117, j.tremblay@videotron.ca', '+1 (604) 555-0117'],
    ['10442,"Harris, Jane",jane.harris@example.org,+1-202-555-0178,2026-01-09,active', '+1-202-555-0178'],
  ])('finds the phone number in %j', (text, phone) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([`PHONE_NUMBER:${phone}`]);
  });

  it.each([
    'My order 2125551234 has not arrived yet.',
    'Bestellnummer 3012345678 wurde am 15.03.2024 versandt.',
    'Le total est de 1 234,56 EUR pour la commande du 12/03/2024.',
    'Pedido n.º 612345678 enviado el 2024-03-15.',
    'Part 123-45-0000 is out of stock.',
    'Thanks for calling! Your reference number is 5512-889-201.',
    'Invoice INV-2026-0413 and RE-2026-00871, receipts 2026-0311-A and 2026-0311-B.',
    'Référence : 2026-0042-7781. Incidencia 2026-03-0042 cerrada.',
    'SIRET 552 100 554 00025 – Numéro de TVA intracommunautaire FR 40 303 265 045',
    'Your one-time passcode: 7741 0092. Windows 11 build 22631.3296.',
    'el numero de serie es SN 8847-2201-7730',
    '14.03.2026 03:12:55 WARN Zu viele Anmeldeversuche',
  ])('finds no phone number in the order number, date or amount of %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Card 4111 1111 1111 1111 please', '4111 1111 1111 1111'],
    ['Charge 5500-0000-0000-0004', '5500-0000-0000-0004'],
    ['Amex: 3782 822463 10005', '3782 822463 10005'],
    ['Mi tarjeta es 4012888888881881, caduca 12/27', '4012888888881881'],
  ])('finds the card in %j', (text, card) => {
    expect(found(text, 'CREDIT_CARD')).toEqual([`CREDIT_CARD:${card}`]);
  });

  it('rejects a card number failing Luhn and a 16-digit reference number', () => {
    expect(found('The card 4111 1111 1111 1112 was declined')).toEqual([]);
    expect(found('Tracking number 1234 5678 9012 3456 from the courier')).toEqual([]);
  });

  it.each([
    ['My IBAN is DE89 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 00'],
    ['Mi cuenta: ES91 2100 0418 4502 0005 1332', 'ES91 2100 0418 4502 0005 1332'],
    ['Mon IBAN est FR14 2004 1010 0505 0001 3M02 606.', 'FR14 2004 1010 0505 0001 3M02 606'],
    ['IBAN: GB82WEST12345698765432', 'GB82WEST12345698765432'],
  ])('finds the IBAN in %j', (text, iban) => {
    expect(found(text, 'IBAN_CODE')).toEqual([`IBAN_CODE:${iban}`]);
  });

  it('rejects an IBAN with a wrong checksum or length', () => {
    expect(found('IBAN DE89 3704 0044 0532 0130 01 looks wrong', 'IBAN_CODE')).toEqual([]);
    expect(found('IBAN DE89 3704 0044 0532 0130', 'IBAN_CODE')).toEqual([]);
  });

  it('finds SSNs with dashes, spaces, or bare with context, and rejects invalid areas', () => {
    expect(found('My SSN is 536-22-1843', 'US_SSN')).toEqual(['US_SSN:536-22-1843']);
    expect(found('Número de seguro social 412 56 7890', 'US_SSN')).toEqual(['US_SSN:412 56 7890']);
    expect(found('ssn: 345678912', 'US_SSN')).toEqual(['US_SSN:345678912']);
    expect(found('Invoice 345678912 is due')).toEqual([]);
    expect(found('Invalid: 000-12-3456, 666-45-1234, 912-34-5678, 123-00-4567')).toEqual([]);
  });

  it('finds IPv4 and IPv6 (compressed too) but not versions, dates or out-of-range octets', () => {
    expect(found('My IP is 192.168.1.24 today', 'IP_ADDRESS')).toEqual(['IP_ADDRESS:192.168.1.24']);
    expect(found('IPv6: 2001:db8:85a3::8a2e:370:7334', 'IP_ADDRESS')).toEqual(['IP_ADDRESS:2001:db8:85a3::8a2e:370:7334']);
    expect(found('loopback ::1 and fe80::1ff:fe23:4567:890a', 'IP_ADDRESS')).toEqual(['IP_ADDRESS:::1', 'IP_ADDRESS:fe80::1ff:fe23:4567:890a']);
    expect(found('Firmware version 1.2.3.4, value 256.1.1.1, at 10:30:00 on 01.02.2024')).toEqual([]);
    expect(found('Versión de la app 4.18.0.2. Firmware is 1.0.9.4 if that matters.')).toEqual([]);
    expect(found('10.42.0.17 ne démarre plus depuis la mise à jour 6.8.0.1', 'IP_ADDRESS')).toEqual(['IP_ADDRESS:10.42.0.17']);
    expect(found('the update broke it, the server at 10.0.0.5 is down', 'IP_ADDRESS')).toEqual(['IP_ADDRESS:10.0.0.5']);
    // An IPv4-mapped IPv6 address is one address, not "::ffff:192" plus an IPv4 one.
    expect(found('seen in our logs: ::ffff:192.0.2.1 — same client?', 'IP_ADDRESS')).toEqual(['IP_ADDRESS:::ffff:192.0.2.1']);
  });
});

describe('redactPii / restorePii', () => {
  it('uses typed numbered placeholders, reuses them for the same value, and restores the originals', () => {
    const text = 'Mail tom@example.org or TOM@example.org, call +44 20 7946 0958, IBAN DE89370400440532013000.';
    const { text: redacted, mapping } = redactPii(text);
    expect(redacted).toBe('Mail [EMAIL_1] or [EMAIL_1], call [PHONE_NUMBER_1], IBAN [IBAN_1].');
    expect(mapping['[IBAN_1]']).toBe('DE89370400440532013000');
    expect(restorePii(redacted, mapping)).toBe('Mail tom@example.org or tom@example.org, call +44 20 7946 0958, IBAN DE89370400440532013000.');
  });

  it('treats two spellings of one IPv6 address as the same value, and a different address as new', () => {
    const { text } = redactPii('From 2001:db8::1, then 2001:0DB8:0:0:0:0:0:1, then 2001:db8::2.');
    expect(text).toBe('From [IP_ADDRESS_1], then [IP_ADDRESS_1], then [IP_ADDRESS_2].');
  });

  it('continues numbering from an earlier turn of the conversation', () => {
    const first = redactPii('I am ann@example.com');
    const second = redactPii('Also bob@example.com and ann@example.com', { mapping: first.mapping });
    expect(second.text).toBe('Also [EMAIL_2] and [EMAIL_1]');
  });
});
