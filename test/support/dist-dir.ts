/** The built site under test: dist/, or DIST_DIR when a build was written elsewhere. */
export const distDir: string = process.env['DIST_DIR'] ?? 'dist';
