/** The part of pdfkit's API that ./bad-inputs.ts uses; pdfkit ships no types of its own. */
declare module "pdfkit" {
  interface PDFDocument {
    on(event: "data", listener: (chunk: Buffer) => void): this;
    on(event: "end", listener: () => void): this;
    on(event: "error", listener: (error: Error) => void): this;
    addPage(options?: Record<string, unknown>): this;
    font(name: string): this;
    fontSize(size: number): this;
    text(text: string, x?: number, y?: number, options?: Record<string, unknown>): this;
    rect(x: number, y: number, width: number, height: number): this;
    fill(color: string): this;
    end(): void;
  }
  const PDFDocument: new (options?: Record<string, unknown>) => PDFDocument;
  export default PDFDocument;
}
