// pdfmake 0.3 ships no type declarations; pdfmakeInstance.ts describes the part it uses.
declare module 'pdfmake' {
  const pdfmake: unknown;
  export default pdfmake;
}
