package london.patchwork.server.moderating;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import london.patchwork.server.http.ApiError;

/** One way for the moderation API to answer: the body, or a refusal as 404 or 422 with its reason. */
final class ModerationErrors {

    /** Work that may be refused. */
    @FunctionalInterface
    interface Answer {
        Object get() throws ModerationService.Refused;
    }

    private ModerationErrors() {
    }

    static HttpResponse<?> answer(Answer answer) {
        try {
            return HttpResponse.ok(answer.get());
        } catch (ModerationService.Refused refused) {
            return ApiError.of(refused.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_ENTITY,
                    refused.getMessage());
        }
    }
}
