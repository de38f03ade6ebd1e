import { describe, expect, it } from 'vitest';
import { useNodeAesInPdfkit } from './nodeAesForPdfkit.js';

describe('Node AES for pdfmake’s pdfkit', () => {
  // The seam is an internal of pdfkit 0.19 (PDFSecurity.prototype.getEncryptFn). If an upgrade of
  // pdfmake or pdfkit moves it, protected PDFs are still correct but pdfkit's JavaScript AES makes
  // them slow again: find the new seam (or a public option) before upgrading.
  it('finds pdfkit’s security handler under pdfmake and wraps it', () => {
    expect(useNodeAesInPdfkit()).toBe(true);
  });
});
