package london.patchwork.web.hubs;

/** A choice of a filter: the value sent, the label shown. */
public record HubOption(String value, String label) {
}
