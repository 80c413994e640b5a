/**
 * Folder the content collections load from. Tests point CONTENT_DIR at a copy
 * with broken fixtures to prove that bad content fails the build; normal
 * builds read the top-level content/ folder.
 */
export const contentDir: string = process.env['CONTENT_DIR'] ?? './content';
