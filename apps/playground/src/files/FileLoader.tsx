import { type DragEvent, useId, useState } from 'react';
import type { GivenFile } from './readOwnFiles.js';

/**
 * A file picker that also takes files dropped on it. The files are read in this browser
 * (`File.arrayBuffer`) and handed to `onFiles`; nothing is uploaded. The input stays the keyboard
 * and screen-reader way in; the drop area around it is an extra for a mouse user.
 */
export function FileLoader({
  label,
  hint,
  accept,
  multiple = false,
  onFiles,
}: {
  readonly label: string;
  readonly hint: string;
  readonly accept: string;
  readonly multiple?: boolean;
  readonly onFiles: (files: readonly GivenFile[]) => void;
}) {
  const id = useId();
  const [over, setOver] = useState(false);
  const take = async (list: FileList | null) => {
    if (list === null || list.length === 0) return;
    const files = await Promise.all(
      [...list].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
    );
    onFiles(files);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    void take(event.dataTransfer.files);
  };
  return (
    <div
      className="file-loader"
      data-over={over ? 'true' : undefined}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        id={id}
        type="file"
        accept={accept}
        multiple={multiple}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          void take(event.target.files);
          event.target.value = '';
        }}
      />
    </div>
  );
}
