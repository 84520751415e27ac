import ui from '../../ui/ui.module.css'

/** Takes an item or an option off every counter, or puts it back; its history stays either way. */
export function ArchiveButton({ name, archived, busy, onToggle }: { name: string; archived: boolean; busy: boolean; onToggle(): void }) {
  const words = archived ? 'Put back' : 'Archive'
  return (
    <button type="button" className={`${ui.button} ${ui.quiet}`} disabled={busy} onClick={onToggle} aria-label={`${words} ${name}`}>
      {words}
    </button>
  )
}
