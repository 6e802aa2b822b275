// Playlists that name a local file: an ffmpeg demuxer that follows them reads any file on the machine
// (the hole the media sniffing closes). Served as if they were a recording or a video.
export const hlsPlaylist = (file: string) => `#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:3,\nfile:${file}\n#EXT-X-ENDLIST\n`;
export const ffconcatPlaylist = (file: string) => `ffconcat version 1.0\nfile '${file}'\n`;
