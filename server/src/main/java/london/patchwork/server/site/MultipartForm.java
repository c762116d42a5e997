package london.patchwork.server.site;

import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A multipart form read whole: its text fields (names may repeat, as Rails-style {@code fields_attributes[0][name]}
 * do) and its files. For controllers on the blocking pool, which may wait for the body; the server's request size
 * limit bounds it.
 */
public record MultipartForm(FormBody fields, Map<String, byte[]> files) {

    public static MultipartForm read(MultipartBody body) throws IOException {
        CompletableFuture<MultipartForm> done = new CompletableFuture<>();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Map<String, byte[]> files = new HashMap<>();
        body.subscribe(new Subscriber<>() {
            private Subscription subscription;

            @Override
            public void onSubscribe(Subscription s) {
                subscription = s;
                s.request(1);
            }

            @Override
            public void onNext(CompletedPart part) {
                try {
                    if (part instanceof CompletedFileUpload file) {
                        files.put(file.getName(), file.getBytes());
                    } else {
                        fields.computeIfAbsent(part.getName(), name -> new ArrayList<>())
                                .add(new String(part.getBytes(), StandardCharsets.UTF_8));
                    }
                    subscription.request(1);
                } catch (IOException e) {
                    subscription.cancel();
                    done.completeExceptionally(e);
                }
            }

            @Override
            public void onError(Throwable t) {
                done.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                done.complete(new MultipartForm(new FormBody(Map.copyOf(fields)), Map.copyOf(files)));
            }
        });
        try {
            return done.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IOException("the form could not be read", e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("the form took too long to arrive", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the form", e);
        }
    }
}
