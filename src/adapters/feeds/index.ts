export { EPSS_URL, epssSources, KEV_URL, kevSource } from './feed-documents.js';
export { FEED_ERROR_CODES, FeedError, type FeedErrorCode } from './feed-error.js';
export { fetchBytes } from './fetch-bytes.js';
export { osvArchiveWork } from './osv-archive-work.js';
export { createOsvMirrorFeed } from './osv-mirror-feed.js';
export { createOsvUrlFeed, OSV_BUCKET_URL, parseModifiedIds } from './osv-url-feed.js';
export { readZip, type ZipEntry } from './read-zip.js';
export { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip-limits.js';
