/**
 * Words that carry no topic in a question. Chat fillers matter as much as grammar words:
 * "min", "kak", "sih", "dong" appear in half of all DMs.
 */
const INDONESIAN = `
yang dan di ke dari pada dalam untuk dengan ini itu ada adalah akan atau juga saja sudah belum
saya aku kami kita anda kamu dia mereka kak kakak min admin mimin gan sis bro pak bu bapak ibu mas mbak om
ya iya yah sih dong deh kok kan nih tuh loh lho kah pun lah nya mohon tolong terima kasih makasih thanks halo hai
hallo permisi selamat pagi siang sore malam apa bagaimana mau ingin pengen pingin harus perlu bisa boleh
tidak bukan jika kalau kalo agar supaya sebagai oleh karena tapi tetapi namun jadi lagi masih sama seperti
begitu gitu tau aja doang banget sangat lebih paling sekali semua setiap tiap para si sang tersebut apakah
sebelum setelah sesudah nanti sekarang kemarin udah dulu sebenarnya kira kira-kira katanya emang memang
dimana kemana darimana gara mending sampai bingung malas terus urus
`;

const ENGLISH = `
a an the is are am was were be been being do does did i my me mine you your yours we our us he she it its they them their
to of in on at for with and or but if so as by from about into than then there here this that these those
can could will would should shall may might must what how which when where who whom why
have has had having get got please hi hello hey thanks thank just also any some very really still now
not no yes ok okay want wanna need needs cannot anywhere anything something someone one know tell thing things
heard mostly everyone guy
`;

const STOPWORDS = new Set([...INDONESIAN.split(/\s+/), ...ENGLISH.split(/\s+/)].filter(Boolean));

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
