import { inflateSync } from 'node:zlib';

/**
 * The colour of a 1×1 PNG (a screenshot clipped to one pixel), as `rgb(r, g, b)`. With a single
 * pixel in a single row every PNG filter predicts 0, so the inflated row is the pixel itself.
 */
export function onePixelColour(png: Buffer): string {
  let offset = 8;
  let colourType = -1;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      if (body.readUInt32BE(0) !== 1 || body.readUInt32BE(4) !== 1 || body[8] !== 8) throw new Error('not a 1×1, 8-bit PNG');
      colourType = body[9] ?? -1;
    } else if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  if (colourType !== 2 && colourType !== 6) throw new Error(`PNG colour type ${colourType}`);
  const row = inflateSync(Buffer.concat(data));
  return `rgb(${row[1]}, ${row[2]}, ${row[3]})`;
}
