/**
 * The part of a PDFKit document the painter draws with. Written out here so this
 * package imports no PDF library: the app and the server each create the document
 * (with the library built for their platform) and hand it in.
 */
export interface PdfSurface {
  addPage(options: { size: [number, number]; margin: number }): unknown;
  save(): unknown;
  restore(): unknown;
  translate(x: number, y: number): unknown;
  scale(factor: number): unknown;
  rotate(angle: number, options?: { origin?: [number, number] }): unknown;
  moveTo(x: number, y: number): unknown;
  lineTo(x: number, y: number): unknown;
  bezierCurveTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): unknown;
  closePath(): unknown;
  rect(x: number, y: number, width: number, height: number): unknown;
  roundedRect(x: number, y: number, width: number, height: number, radius: number): unknown;
  ellipse(cx: number, cy: number, rx: number, ry?: number): unknown;
  clip(): unknown;
  fill(color: [number, number, number]): unknown;
  stroke(color: [number, number, number]): unknown;
  fillAndStroke(fill: [number, number, number], stroke: [number, number, number]): unknown;
  fillColor(color: [number, number, number]): unknown;
  fillOpacity(opacity: number): unknown;
  strokeOpacity(opacity: number): unknown;
  lineWidth(width: number): unknown;
  lineJoin(join: 'round'): unknown;
  lineCap(cap: 'round'): unknown;
  dash(lengths: number[], options?: { phase?: number }): unknown;
  undash(): unknown;
  font(name: string): unknown;
  fontSize(size: number): unknown;
  text(
    text: string,
    x: number,
    y: number,
    options: { lineBreak: false; baseline: 'alphabetic' },
  ): unknown;
  /** Reads an image's header (PNG or JPEG); throws on anything else. */
  openImage(src: ArrayBuffer | Uint8Array): { width: number; height: number };
  image(
    src: { width: number; height: number },
    x: number,
    y: number,
    options: { width: number; height: number },
  ): unknown;
}
