import { csrfHeaders } from '../auth/csrf';
import { errorOfAnswer, RequestError } from '../data/errors';

export interface UploadAnswer {
  id: string;
}

/** Sends a file as it is, reporting the share sent so far (a large workbook takes a while on a slow line). */
export function uploadFile(file: File, onProgress: (share: number) => void): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/import/uploads');
    for (const [name, value] of Object.entries({ ...csrfHeaders(), 'x-file-name': encodeURIComponent(file.name), 'content-type': 'application/octet-stream' })) {
      xhr.setRequestHeader(name, value);
    }
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new RequestError('The file could not be sent.', 'NETWORK_ERROR'));
    xhr.onload = () => {
      if (xhr.status === 201) {
        const body = JSON.parse(xhr.responseText || '{}') as { id?: unknown };
        if (typeof body.id === 'string') {
          resolve({ id: body.id });
          return;
        }
      }
      reject(errorOfAnswer(xhr.status, xhr.responseText));
    };
    xhr.send(file);
  });
}
