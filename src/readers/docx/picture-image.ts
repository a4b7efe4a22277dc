// A pasted picture as a PDF image XObject, without decoding it where the PDF can hold its bytes
// as they are: a JPEG is a DCTDecode stream, a PNG's IDAT data a FlateDecode stream with PNG
// predictors. Only a PNG with an alpha channel is decoded (composited over white paper: PDF
// images carry no alpha). Other formats (GIF, BMP, TIFF, EMF/WMF) are reported, not read.
import { deflateSync, inflateSync } from 'node:zlib';
import { JPEG_MAGIC, PNG_MAGIC, startsWith } from '../../input/signatures.js';
import type { PdfImage } from '../../util/pdf-writer.js';

/** Resolution assumed for a picture that states none (or an implausible one): see docs/ocr.md. */
export const DEFAULT_PICTURE_PPI = 150;
const PLAUSIBLE_PPI = { min: 100, max: 600 };

/** The picture as a PDF image, or why it cannot be one. */
export function pdfImageOf(bytes: Buffer): PdfImage | string {
  if (startsWith(bytes, JPEG_MAGIC)) return jpegImage(bytes);
  if (startsWith(bytes, PNG_MAGIC)) return pngImage(bytes);
  return 'not a JPEG or PNG picture';
}

const ppiOf = (stated: number | undefined): number =>
  stated !== undefined && stated >= PLAUSIBLE_PPI.min && stated <= PLAUSIBLE_PPI.max ? stated : DEFAULT_PICTURE_PPI;

/** Start-of-frame markers (baseline, progressive, lossless, arithmetic), which give the size. */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
const JPEG_SPACES: Record<number, string> = { 1: '/DeviceGray', 3: '/DeviceRGB', 4: '/DeviceCMYK' };

export function jpegImage(bytes: Buffer): PdfImage | string {
  let ppi: number | undefined;
  let adobe = false;
  for (let i = 2; i + 4 <= bytes.length; ) {
    if (bytes[i] !== 0xff) return 'a damaged JPEG';
    const marker = bytes[i + 1] as number;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    const len = bytes.readUInt16BE(i + 2);
    const body = bytes.subarray(i + 4, i + 2 + len);
    if (marker === 0xe0 && body.subarray(0, 5).toString('latin1') === 'JFIF\0' && body.length >= 12) {
      const [units, density] = [body[7] as number, body.readUInt16BE(8)];
      if (units === 1) ppi = density;
      if (units === 2) ppi = density * 2.54;
    }
    if (marker === 0xee && body.subarray(0, 5).toString('latin1') === 'Adobe') adobe = true;
    if (SOF.has(marker) && body.length >= 6) {
      const [height, width, components] = [body.readUInt16BE(1), body.readUInt16BE(3), body[5] as number];
      const space = JPEG_SPACES[components];
      if (!space || width === 0 || height === 0) return `a JPEG of ${components} colour components`;
      // Adobe's CMYK JPEGs store inverted values
      const decode = components === 4 && adobe ? ' /Decode [1 0 1 0 1 0 1 0]' : '';
      return { width, height, ppi: ppiOf(ppi), dict: `/ColorSpace ${space} /BitsPerComponent 8 /Filter /DCTDecode${decode}`, data: bytes };
    }
    i += 2 + len;
  }
  return 'a JPEG without a frame header';
}

/** PNG colour type → channels per pixel. */
const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export function pngImage(bytes: Buffer): PdfImage | string {
  let header: { width: number; height: number; depth: number; type: number; interlaced: boolean } | undefined;
  let palette: Buffer | undefined;
  let ppi: number | undefined;
  const idat: Buffer[] = [];
  for (let i = 8; i + 8 <= bytes.length; ) {
    const len = bytes.readUInt32BE(i);
    const type = bytes.subarray(i + 4, i + 8).toString('latin1');
    const body = bytes.subarray(i + 8, i + 8 + len);
    if (type === 'IHDR' && body.length >= 13) {
      header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8] as number, type: body[9] as number, interlaced: body[12] === 1 };
    } else if (type === 'PLTE') palette = body;
    else if (type === 'pHYs' && body.length >= 9 && body[8] === 1) ppi = body.readUInt32BE(0) * 0.0254; // per metre
    else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    i += 12 + len;
  }
  if (!header || idat.length === 0) return 'a damaged PNG';
  const { width, height, depth, type, interlaced } = header;
  const channels = PNG_CHANNELS[type];
  if (channels === undefined || interlaced) return interlaced ? 'an interlaced PNG' : `a PNG of colour type ${type}`;
  const data = Buffer.concat(idat);
  const common = { width, height, ppi: ppiOf(ppi) };
  if (type === 4 || type === 6) {
    if (depth !== 8) return `a PNG with alpha at ${depth} bits`;
    let pixels: Buffer;
    try {
      pixels = unfilter(inflateSync(data), width, height, channels);
    } catch {
      return 'a damaged PNG';
    }
    const colours = channels - 1;
    return { ...common, dict: `/ColorSpace ${colours === 1 ? '/DeviceGray' : '/DeviceRGB'} /BitsPerComponent 8 /Filter /FlateDecode`, data: deflateSync(overWhite(pixels, colours)) };
  }
  const predictor = `/DecodeParms << /Predictor 15 /Colors ${channels} /BitsPerComponent ${depth} /Columns ${width} >>`;
  if (type === 3) {
    if (!palette) return 'a PNG without its palette';
    const space = `[/Indexed /DeviceRGB ${palette.length / 3 - 1} <${palette.toString('hex')}>]`;
    return { ...common, dict: `/ColorSpace ${space} /BitsPerComponent ${depth} /Filter /FlateDecode ${predictor}`, data };
  }
  return { ...common, dict: `/ColorSpace ${type === 0 ? '/DeviceGray' : '/DeviceRGB'} /BitsPerComponent ${depth} /Filter /FlateDecode ${predictor}`, data };
}

/** Undoes the PNG row filters of 8-bit samples (PNG spec §9). */
function unfilter(raw: Buffer, width: number, height: number, bpp: number): Buffer {
  const stride = width * bpp;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] as number;
    if (filter > 4) throw new Error(`PNG row filter ${filter}`);
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? (out[row + x - bpp] as number) : 0;
      const b = y > 0 ? (out[row - stride + x] as number) : 0;
      const c = x >= bpp && y > 0 ? (out[row - stride + x - bpp] as number) : 0;
      const v = raw[src + x] as number;
      out[row + x] = (v + (filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth(a, b, c))) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Colour samples with their alpha composited over white (a transparent background is paper). */
function overWhite(pixels: Buffer, colours: number): Buffer {
  const n = pixels.length / (colours + 1);
  const out = Buffer.alloc(n * colours);
  for (let i = 0; i < n; i++) {
    const alpha = pixels[i * (colours + 1) + colours] as number;
    for (let k = 0; k < colours; k++) {
      const v = pixels[i * (colours + 1) + k] as number;
      out[i * colours + k] = Math.round((v * alpha + 255 * (255 - alpha)) / 255);
    }
  }
  return out;
}
