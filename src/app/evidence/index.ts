export * from './import-kubernetes-snapshot.js';
export * from './ingest-registry-sboms.js';
export * from './ports.js';
export * from './record-deployment.js';
export * from './show-twin.js';
export * from './twin-gaps.js';
export * from './twin-history.js';
export * from './watch-kubernetes.js';
