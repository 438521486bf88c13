/** What a PDF document gives for writing an object of its own (PDFKit's `ref`). */
interface ObjectWriter {
  ref(data: Record<string, unknown>): { end(chunk?: Uint8Array): void };
}

/**
 * A picture already decoded to pixels, ready for the painter: it writes itself into the
 * document as an image object (and a soft mask for its alpha, when it has any) the first
 * time it is drawn, in the shape PDFKit's `image()` takes an opened picture.
 */
export interface PdfPixels {
  readonly width: number;
  readonly height: number;
  readonly label: string;
  obj: unknown;
  embed(doc: ObjectWriter): void;
}

let count = 0;

/** Pixels as the browser decodes them (RGBA, 8 bits a channel, row by row) for a PDF. */
export function pdfPixels(
  width: number,
  height: number,
  rgba: Uint8ClampedArray | Uint8Array,
): PdfPixels {
  return {
    width,
    height,
    label: `Isr${++count}`,
    obj: null,
    embed(doc) {
      const pixels = width * height;
      const rgb = new Uint8Array(pixels * 3);
      const alpha = new Uint8Array(pixels);
      let opaque = true;
      for (let i = 0; i < pixels; i++) {
        rgb[i * 3] = rgba[i * 4]!;
        rgb[i * 3 + 1] = rgba[i * 4 + 1]!;
        rgb[i * 3 + 2] = rgba[i * 4 + 2]!;
        alpha[i] = rgba[i * 4 + 3]!;
        if (alpha[i] !== 255) opaque = false;
      }
      const image: Record<string, unknown> = {
        Type: 'XObject',
        Subtype: 'Image',
        Width: width,
        Height: height,
        BitsPerComponent: 8,
        ColorSpace: 'DeviceRGB',
      };
      if (!opaque) {
        const mask = doc.ref({
          Type: 'XObject',
          Subtype: 'Image',
          Width: width,
          Height: height,
          BitsPerComponent: 8,
          ColorSpace: 'DeviceGray',
        });
        mask.end(alpha);
        image.SMask = mask;
      }
      const obj = doc.ref(image);
      obj.end(rgb);
      this.obj = obj;
    },
  };
}
