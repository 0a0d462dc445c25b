/** Articles on a page: extraction, metadata, the cheap check, canonical URLs. */
export { extractArticles, type ExtractedArticle, type ExtractOptions, type ExtractStage } from './extract';
export { looksLikeArticlePage } from './is-article';
export { cleanCanonicalUrl } from './canonical-url';
export { readPageMetadata, type PageMetadata } from './metadata';
export { toIsoDate } from './date';
