package london.patchwork.server.imports;

/** Told how far an import has gone; a job records it for whoever polls, a synchronous import ignores it. */
interface Progress {

    Progress NONE = (phase, processed, total) -> {
    };

    /**
     * @param phase {@code validating} or {@code writing}
     */
    void at(String phase, int processed, int total);
}
