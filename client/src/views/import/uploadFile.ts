import { csrfHeaders } from '../../core/auth/csrf';

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
    xhr.onerror = () => reject(new Error('The file could not be sent.'));
    xhr.onload = () => {
      const body = JSON.parse(xhr.responseText || '{}') as { id?: string; errors?: { message: string }[] };
      if (xhr.status === 201 && typeof body.id === 'string') resolve({ id: body.id });
      else reject(new Error(body.errors?.[0]?.message ?? `The server answered ${String(xhr.status)}.`));
    };
    xhr.send(file);
  });
}
