/** Pages in a PDF: Chromium writes one `/Type /Page` object per page. */
export function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}
