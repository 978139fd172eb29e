/** Vite turns `?url` imports into the URL of the file as shipped with the built client. */
declare module '*?url' {
  const url: string;
  export default url;
}
