/**
 * A saved report's bytes as text. The encoding the page declares (a byte-order mark, `<meta charset>`, an XML
 * declaration) is checked against what the bytes are, as chardet detects it: a page saved as GBK or EUC-KR but
 * declared UTF-8 is read in its real encoding and the editor told, never turned into garbage. Empty and binary
 * files are refused with a message saying so.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { NotAReport } from './build-draft.ts';

/** The text, and a sentence for the editor when the declared encoding was wrong or missing. */
export interface DecodedReport {
  text: string;
  encoding: string;
  note: string | undefined;
}

/** Encoding names as iconv-lite knows them: chardet says `GB18030`, pages say `gbk` or `gb2312` (a subset). */
const canonical = (name: string) => {
  const lower = name.toLowerCase().replace(/^x-/, '');
  if (['gb2312', 'gbk', 'gb18030', 'euc-cn'].includes(lower)) return 'gb18030';
  if (['ks_c_5601-1987', 'euc-kr', 'cp949', 'windows-949', 'uhc'].includes(lower)) return 'cp949';
  if (lower === 'utf8') return 'utf-8';
  return lower;
};

/** What the page says it is encoded in, if it says. */
function declared(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'utf-16';
  const head = bytes.subarray(0, 4096).toString('latin1');
  return (
    /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head)?.[1]
  );
}

const isUtf8 = (bytes: Buffer) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** Reads a saved report's bytes, or throws `NotAReport` saying what is wrong with the file. */
export function decodeReport(bytes: Buffer): DecodedReport {
  if (bytes.length === 0 || bytes.toString('latin1').trim() === '') throw new NotAReport('the file is empty');
  const sample = bytes.subarray(0, 8192);
  // Text never holds NUL bytes or many control characters; images, PDFs and archives do.
  const controls = [...sample].filter(
    (byte) => byte === 0 || (byte < 9 && byte !== 0) || (byte > 13 && byte < 32 && byte !== 27),
  ).length;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && (sample.includes(0) || controls > sample.length / 100)) {
    throw new NotAReport('the file is binary (an image, a PDF or an archive?), not a saved page or text');
  }
  const said = declared(bytes);
  const detected = chardet.detect(bytes);
  const decode = (encoding: string) => iconv.decode(bytes, canonical(encoding)).replace(/^\uFEFF/, '');
  if (said && canonical(said) === 'utf-8' && !isUtf8(bytes) && detected) {
    return {
      text: decode(detected),
      encoding: detected,
      note: `the page declares UTF-8, but its bytes are not UTF-8; read as ${detected}, which they are (chardet). Check the text reads right.`,
    };
  }
  if (said && canonical(said) !== 'utf-8' && iconv.encodingExists(canonical(said))) {
    if (isUtf8(bytes) && /[^\x00-\x7F]/.test(bytes.toString('latin1'))) {
      return {
        text: decode('utf-8'),
        encoding: 'utf-8',
        note: `the page declares ${said}, but its bytes are UTF-8; read as UTF-8.`,
      };
    }
    return { text: decode(said), encoding: canonical(said), note: undefined };
  }
  if (isUtf8(bytes)) return { text: decode('utf-8'), encoding: 'utf-8', note: undefined };
  if (!detected || !iconv.encodingExists(canonical(detected))) {
    throw new NotAReport('its encoding cannot be told (it is not UTF-8, declares none, and chardet cannot say)');
  }
  return {
    text: decode(detected),
    encoding: canonical(detected),
    note: `the file declares no encoding and is not UTF-8; read as ${detected} (chardet). Check the text reads right.`,
  };
}
