/**
 * Common Indonesian chat abbreviations and spellings, written out in full before anything else,
 * so that content editors never need to list them as synonyms.
 */
const ABBREVIATIONS = new Map<string, string>(Object.entries({
  gmn: 'bagaimana', gmna: 'bagaimana', bgmn: 'bagaimana', gimana: 'bagaimana', gmana: 'bagaimana',
  brp: 'berapa', brapa: 'berapa', brpa: 'berapa',
  utk: 'untuk', utuk: 'untuk', untk: 'untuk',
  sy: 'saya', sya: 'saya', aq: 'aku', ak: 'aku', gw: 'saya', gue: 'saya', gua: 'saya',
  yg: 'yang', yng: 'yang',
  bs: 'bisa', bsa: 'bisa', bisaa: 'bisa',
  ga: 'tidak', gak: 'tidak', gk: 'tidak', ngga: 'tidak', nggak: 'tidak', enggak: 'tidak', engga: 'tidak', tdk: 'tidak', tak: 'tidak',
  dgn: 'dengan', dg: 'dengan', dngn: 'dengan',
  blm: 'belum', blum: 'belum', blom: 'belum',
  udh: 'sudah', udah: 'sudah', sdh: 'sudah', dah: 'sudah', uda: 'sudah',
  krn: 'karena', krna: 'karena', karna: 'karena',
  dmn: 'dimana', dmana: 'dimana',
  kpn: 'kapan', kapn: 'kapan',
  org: 'orang',
  dtg: 'datang', dateng: 'datang', dtang: 'datang',
  tp: 'tapi', tpi: 'tapi',
  jg: 'juga', jga: 'juga',
  aja: 'saja', aj: 'saja', doang: 'saja',
  sm: 'sama', ama: 'sama',
  klo: 'kalau', kalo: 'kalau', kl: 'kalau', klau: 'kalau',
  skrg: 'sekarang', skrang: 'sekarang', skg: 'sekarang',
  thn: 'tahun', th: 'tahun', taun: 'tahun', thun: 'tahun',
  bln: 'bulan', hr: 'hari', mgg: 'minggu', mg: 'minggu',
  jd: 'jadi', jdi: 'jadi',
  lg: 'lagi', lgi: 'lagi',
  msh: 'masih', masi: 'masih',
  bgt: 'banget', bngt: 'banget',
  trs: 'terus', trus: 'terus',
  sblm: 'sebelum', stlh: 'setelah', sesudah: 'setelah',
  hrs: 'harus', hrus: 'harus',
  pake: 'pakai', pk: 'pakai', pakek: 'pakai',
  dpt: 'dapat', dapet: 'dapat',
  bikin: 'buat', bkin: 'buat', bikinin: 'buat', ngurus: 'urus', ngurusin: 'urus', urusin: 'urus',
  mo: 'mau', mao: 'mau', pengen: 'ingin', pgn: 'ingin',
  knp: 'kenapa', napa: 'kenapa', mengapa: 'kenapa',
  apakah: 'apa', ap: 'apa',
  dr: 'dari', dri: 'dari',
  tgl: 'tanggal', tgll: 'tanggal',
  ortu: 'orang tua', indo: 'indonesia', tetep: 'tetap', temen: 'teman', sampe: 'sampai', nyampe: 'sampai',
  beneran: 'benar', bener: 'benar', males: 'malas',
  kk: 'kk', // family card: kept, also a common honorific; synonyms decide
  pls: 'please', plz: 'please', u: 'you', ur: 'your', im: 'i am', cant: 'cannot', dont: 'do not',
  wanna: 'want to', gonna: 'going to', thx: 'thanks', pp: 'passport',
}));

export function expandAbbreviation(word: string): string {
  // A Map, not an object: a word like "constructor" must not find Object.prototype's members.
  return ABBREVIATIONS.get(word) ?? word;
}
