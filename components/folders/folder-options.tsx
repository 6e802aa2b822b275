// The team's folders as <option>s, after whatever "all" or "none" option the select starts with.
export function FolderOptions({ folders }: { folders: readonly { id: string; name: string }[] }) {
  return (
    <>
      {folders.map((f) => (
        <option key={f.id} value={f.id}>
          {f.name}
        </option>
      ))}
    </>
  );
}
