/**
 * What a person does in Google Drive to a document the add-on made, outside any script:
 *
 * - moves it to the Trash. Nothing changes for a script: a trashed file is still reached by its id
 *   («All users with access can copy, download, export, and share the file», Drive API files.trash,
 *   https://pub.dev/documentation/googleapis/11.4.0/drive_v2/FilesResource/trash.html, Google's own
 *   API description), so DocumentApp.openById still opens it and the script may write into it;
 * - deletes it for good (empties the Trash). Then DocumentApp.openById throws, as for any id that
 *   names no document (document-app.ts).
 */
import type { Emulator } from './index';

function find(emulator: Emulator, id: string) {
  const found = emulator.documents.find((document) => document.getId() === id);
  if (!found) throw new Error(`No document with id ${id}`);
  return found;
}

export function moveToTrash(emulator: Emulator, id: string): void {
  find(emulator, id)._trashed = true;
}

export function deleteForever(emulator: Emulator, id: string): void {
  const documents = emulator.documents as unknown as unknown[];
  documents.splice(documents.indexOf(find(emulator, id)), 1);
}
