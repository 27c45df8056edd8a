// Vite serves `?url` imports as the asset's address (the geojson is fetched, not bundled).
declare module '*.geojson?url' {
  const url: string;
  export default url;
}
