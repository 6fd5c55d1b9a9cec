// Inline SVG so no image is fetched and the icons take the theme's colour.
export function CloseIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M6 6l12 12M18 6L6 18" />
    </svg>
  );
}

function Icon({ d, filled = false }: { d: string; filled?: boolean }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" class={filled ? 'lr-icon-filled' : undefined}>
      <path d={d} />
    </svg>
  );
}

export const PlayIcon = () => <Icon d="M8 5v14l11-7z" filled />;
export const PauseIcon = () => <Icon d="M8 5h3v14H8zM13 5h3v14h-3z" filled />;
// Mirrored in right-to-left layouts by the stylesheet, like the reading direction they stand for.
export const PreviousIcon = () => <Icon d="M15 6l-6 6 6 6" />;
export const NextIcon = () => <Icon d="M9 6l6 6-6 6" />;
export const ContentsIcon = () => <Icon d="M4 6h2M9 6h11M4 12h2M9 12h11M4 18h2M9 18h11" />;
export const PrintIcon = () => <Icon d="M7 9V4h10v5M7 17H5a1 1 0 0 1-1-1v-6a1 1 0 0 1 1-1h14a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-2M7 14h10v6H7z" />;
export const HighlightIcon = () => <Icon d="M4 20h6M14 4l6 6-8 8H6v-6z" />;
export const NoteIcon = () => <Icon d="M5 4h14v11l-5 5H5zM14 20v-5h5M8 9h8M8 13h5" />;
export const DeleteIcon = () => <Icon d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6M14 11v6" />;
// An eye: "See what was removed".
export const RemovedIcon = () => <Icon d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12zM12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z" />;
