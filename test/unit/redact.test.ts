import { describe, expect, it } from 'vitest';
import { REDACTED, redact } from '../../widget/privacy/redact.js';

const { nik, phone, passport, email, number } = REDACTED;

describe('redact: NIK', () => {
  it.each([
    ['3174012501990003', nik],
    ['NIK 3174 0125 0199 0003', `NIK ${nik}`],
    ['nik sy 3174.0125.0199.0003 gmn', `nik sy ${nik} gmn`],
    ['NIK: 3174-0125-0199-0003.', `NIK: ${nik}.`],
    ['ktp 317401 250199 0003 hilang', `ktp ${nik} hilang`],
    ['31.74.01.250199.0003', nik],
    ['no.3174012501990003', `no.${nik}`],
    ['(3174012501990003)', `(${nik})`],
    ['NIK3174012501990003', `NIK${nik}`],
    ['kk 6271012501990003 anak sy', `kk ${nik} anak sy`],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });
});

describe('redact: phone numbers', () => {
  it.each([
    ['no hp sy 0812-3456-7890', `no hp sy ${phone}`],
    ['+62 812 3456 7890', phone],
    ['wa ke +6281234567890 ya', `wa ke ${phone} ya`],
    ['62812-3456-789 tolong hubungi', `${phone} tolong hubungi`],
    ['hubungi 081234567890', `hubungi ${phone}`],
    ['0812 3456 789', phone],
    ['085712345678, makasih', `${phone}, makasih`],
    ['telp 021-5794-1234', `telp ${phone}`],
    ['telp (021) 5794 1234 kantor', `telp ${phone} kantor`],
    ['0812.3456.7890', phone],
    ['hp:08123456789', `hp:${phone}`],
    ['call me on +62-812-3456-7890 please', `call me on ${phone} please`],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });
});

describe('redact: passport numbers', () => {
  it.each([
    ['paspor B 1234567 hilang', `paspor ${passport} hilang`],
    ['A1234567', passport],
    ['no paspor X 1234567', `no paspor ${passport}`],
    ['AB1234567 expired', `${passport} expired`],
    ['paspor lama c1234567 rusak', `paspor lama ${passport} rusak`],
    ['passport no. E-1234567?', `passport no. ${passport}?`],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });
});

describe('redact: e-mail addresses', () => {
  it.each([
    ['budi.santoso@example.co.id', email],
    ['email sy budi@example.com, blm dibalas', `email sy ${email}, blm dibalas`],
    ['Kirim ke SITI_R+visa@mail.example.org.', `Kirim ke ${email}.`],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });
});

describe('redact: other long numbers', () => {
  it('removes account and application numbers', () => {
    expect(redact('sudah transfer dari rek 1234567890123 kok blm masuk')).toBe(
      `sudah transfer dari rek ${number} kok blm masuk`,
    );
    expect(redact('nomor permohonan 20240601123456789012')).toBe(`nomor permohonan ${number}`);
  });
});

describe('redact: what must survive', () => {
  it.each([
    'biaya paspor Rp 350.000 atau Rp 650.000?',
    'Rp 1.650.000 untuk e-paspor 10 tahun',
    'Rp1.650.000',
    'Rp 1650000',
    'IDR 500000',
    'cuma 500rb kan',
    'berlaku 5 atau 10 tahun',
    'visa on arrival 30 hari bisa diperpanjang 30 hari lagi',
    'paspor saya habis tahun 2024, kapan harus perpanjang',
    'tanggal 01-05-2024 jam 08.30',
    '12/06/2025',
    'antrian nomor 15',
    'umur 17 tahun',
    'VOA USD 35 atau Rp 500.000',
    '350.000 500.000 1.650.000',
    'harga 62.500.000',
    'pasal 62 ayat 2',
    'e-paspor 48 halaman',
    'B211A visa',
    'KITAS C312',
  ])('%s', (input) => {
    expect(redact(input)).toBe(input);
  });

  it('leaves text without personal data alone, including markup', () => {
    const q = 'Gmn bikin PASPOR?? <img src=x onerror=alert(1)>';
    expect(redact(q)).toBe(q);
  });
});

describe('redact: messy mixtures', () => {
  it('removes every kind in one message and keeps the rest', () => {
    const input =
      'Halo, sy Budi NIK 3174 0125 0199 0003, paspor B 1234567 hilang. hp 0812-3456-7890 / email budi@example.com. Biaya Rp 350.000?';
    expect(redact(input)).toBe(
      `Halo, sy Budi NIK ${nik}, paspor ${passport} hilang. hp ${phone} / email ${email}. Biaya Rp 350.000?`,
    );
  });

  it('is idempotent', () => {
    const once = redact('0812-3456-7890 3174012501990003 budi@example.com X 1234567');
    expect(redact(once)).toBe(once);
    expect(once).not.toMatch(/\d{4}/);
  });

  it('keeps a year next to a phone number', () => {
    expect(redact('08123456789 2024')).toBe(`${phone} 2024`);
  });
});

describe('redact: foreign numbers as people write them', () => {
  it.each([
    ['+1 202 555 0143', phone],
    ['+44 20 7946 0958', phone],
    ['+1-202-555-0143', phone],
    ['+12025550143', phone],
    ['call +1 (202) 555-0143 pls', `call ${phone} pls`],
    ['my UK number +44 (0)20 7946 0958.', `my UK number ${phone}.`],
    ['0044 20 7946 0958', phone],
    ['wa +61 4 1234 5678 (Australia)', `wa ${phone} (Australia)`],
    ['+65 9123 4567', phone],
    ['+60 12-345 6789', phone],
    ['+81 90-1234-5678', phone],
    ['+91 98765 43210', phone],
    ['+33 6 12 34 56 78', phone],
    ['+49 30 901820', phone],
    ['+86 138 0013 8000', phone],
    ['+971 50 123 4567', phone],
    ['+31.20.123.4567', phone],
    ['US office (202) 555-0143', `US office ${phone}`],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });
});

describe('redact: Indonesian numbers, messier', () => {
  it.each([
    ['+62 812-3456-7890', phone],
    ['0812 3456 7890', phone],
    ['(021) 5225028', phone],
    ['62812 3456 7890', phone],
    ['6281234567890', phone],
    ['62 812 3456 7890', phone],
    ['(+62) 812 3456 7890', phone],
    ['+62 (21) 5225028', phone],
    ['+62 21 5225028', phone],
    ['021-5225028', phone],
    ['021 522 5028', phone],
    ['0811.234.5678', phone],
    ['+62-21-522-5028', phone],
    ['telp/wa:081234567890.', `telp/wa:${phone}.`],
    ['nomor sy 0812-3456-7890 atau +44 20 7946 0958 (kantor)', `nomor sy ${phone} atau ${phone} (kantor)`],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });
});

describe('redact: numbers that are not personal data survive beside phone numbers', () => {
  it.each([
    'Rp 350.000',
    '17/08/2025',
    '2026',
    '08.00–16.00',
    '08.00-16.00 WIB',
    'jam 08.00 - 16.00',
    'GA 880',
    'JT 610 jam 14.30',
    'QZ 7510',
    '48 halaman',
    'umur 17 tahun',
    'anak 2 orang, 1 dewasa',
    'tanggal 1-3-2025 sampai 15-3-2025',
    'Rp 1.000.000 - Rp 1.500.000',
    'biaya Rp 350.000 + Rp 50.000',
    'foto 4x6 dan 3 x 4 cm',
    'antrian A-023',
    'izin tinggal 60 hari, 180 hari, 1 tahun',
    'Jl. HR Rasuna Said Kav. X-6 No. 8, Jakarta 12940',
    'tahun 2024 dan 2025',
    'visa C316 dan B211A',
    '+1 tahun lagi',
    'berlaku 30+ hari',
  ])('%s', (input) => {
    expect(redact(input)).toBe(input);
  });

  it('keeps the fee, the date and the flight in a message that also has foreign and Indonesian numbers', () => {
    expect(redact('Tiba 17/08/2025 GA 880 jam 08.00, bayar Rp 500.000, hp +1 202 555 0143 / 0812 3456 7890, paspor 48 halaman')).toBe(
      `Tiba 17/08/2025 GA 880 jam 08.00, bayar Rp 500.000, hp ${phone} / ${phone}, paspor 48 halaman`,
    );
  });
});
