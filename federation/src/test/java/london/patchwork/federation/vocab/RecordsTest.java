package london.patchwork.federation.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordsTest {

    private static final URI ADA = URI.create("https://mastodon.example/users/ada");

    @Test
    void refsNameWhatTheyPointAt() {
        Ref<ApObject> byId = Ref.to(ADA);
        assertThat(byId.id()).isEqualTo(ADA);
        assertThat(byId.embedded()).isEmpty();

        Ref<ApObject> link = Ref.of(Link.to(URI.create("https://a.example/video.mp4"), "video/mp4"));
        assertThat(link.id()).hasToString("https://a.example/video.mp4");
        assertThat(link.embedded(Link.class)).isPresent();
        assertThat(link.embedded(Note.class)).isEmpty();

        Ref<ApObject> anonymous = Ref.of(new Note(null, ObjectFields.EMPTY, Extras.EMPTY));
        assertThat(anonymous.id()).isNull();
        assertThatThrownBy(() -> Ref.to(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void extrasAreImmutableCopies() {
        ObjectNode value = JsonNodeFactory.instance.objectNode().put("identifier", "fr");
        Extras extras = Extras.of(Map.of("language", value));
        value.put("identifier", "de");
        assertThat(extras.get("language").orElseThrow().get("identifier").asText()).isEqualTo("fr");
        ((ObjectNode) extras.get("language").orElseThrow()).put("identifier", "es");
        extras.asMap().put("other", value);
        assertThat(extras.get("language").orElseThrow().get("identifier").asText()).isEqualTo("fr");
        assertThat(extras.names()).containsExactly("language");
        assertThat(extras.with("mood", JsonNodeFactory.instance.textNode("calm")).names()).containsExactly("language", "mood");
        assertThat(Extras.of(Map.of(), List.of())).isSameAs(Extras.EMPTY);
    }

    @Test
    void fieldsCopyTheirListsAndTreatNullAsEmpty() {
        List<Ref<ApObject>> to = new ArrayList<>(List.of(Ref.to(Addressing.PUBLIC)));
        ObjectFields fields = ObjectFields.builder().to(to).build();
        to.clear();
        assertThat(fields.to()).hasSize(1);
        assertThat(fields.isPublic()).isTrue();
        assertThat(fields.cc()).isEmpty();
        assertThat(fields.nameMap()).isEmpty();
        assertThatThrownBy(() -> fields.to().add(Ref.to(ADA))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withStyleChangesOneThingAndKeepsTheRest() {
        ObjectFields original = ObjectFields.builder().content("hi").to(Addressing.PUBLIC).sensitive(false).build();
        ObjectFields warned = original.toBuilder().summary("cw: food").sensitive(true).build();
        assertThat(warned.content()).isEqualTo("hi");
        assertThat(warned.isPublic()).isTrue();
        assertThat(warned.summary()).isEqualTo("cw: food");
        assertThat(original.toBuilder().build()).isEqualTo(original);

        ActorFields actor = ActorFields.builder().inbox(URI.create("https://a.example/inbox")).build();
        assertThat(actor.toBuilder().build()).isEqualTo(actor);
        ActivityFields move = ActivityFields.of(ADA, ADA).withTarget(URI.create("https://new.example/ada"));
        assertThat(move.target()).extracting(Ref::id).containsExactly(URI.create("https://new.example/ada"));
        assertThat(move.withOrigin(ADA).target()).isEqualTo(move.target());
    }

    @Test
    void activityAccessorsGiveTheFirstOfEachList() {
        Flag flag = new Flag(URI.create("https://a.example/flag/1"), ObjectFields.EMPTY,
                new ActivityFields(List.of(Ref.to(ADA)), List.of(Ref.to(URI.create("https://b.example/u")),
                        Ref.to(URI.create("https://b.example/p/1"))), null, null, null, null), Extras.EMPTY);
        assertThat(flag.actor().orElseThrow().id()).isEqualTo(ADA);
        assertThat(flag.object().orElseThrow().id()).hasToString("https://b.example/u");
        assertThat(flag.objects()).hasSize(2);
        assertThat(flag.target()).isEmpty();
        assertThat(flag.origin()).isEmpty();
    }
}
