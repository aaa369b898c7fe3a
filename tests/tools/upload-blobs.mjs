// Uploads local files to Blob Storage with the official JavaScript SDK (@azure/storage-blob),
// the way a council's "ordinary Azure Storage client" would. Used by the integration tests.
// Usage: node upload-blobs.mjs <connection-string> <container> <blob-name>=<file> [...]
import { readFile } from "node:fs/promises";
import { BlobServiceClient } from "@azure/storage-blob";

const [connectionString, containerName, ...pairs] = process.argv.slice(2);
if (!connectionString || !containerName || pairs.length === 0) {
  console.error("usage: node upload-blobs.mjs <connection-string> <container> <blob-name>=<file> [...]");
  process.exit(2);
}

const container = BlobServiceClient.fromConnectionString(connectionString).getContainerClient(containerName);
await container.createIfNotExists();
for (const pair of pairs) {
  const at = pair.indexOf("=");
  const name = pair.slice(0, at);
  const content = await readFile(pair.slice(at + 1));
  await container.getBlockBlobClient(name).uploadData(content);
  console.log(`uploaded ${containerName}/${name} (${content.length} bytes)`);
}
