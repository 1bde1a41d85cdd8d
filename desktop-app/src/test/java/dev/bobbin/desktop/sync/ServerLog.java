package dev.bobbin.desktop.sync;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.desktop.store.StoreJson;
import dev.bobbin.model.sync.Mutation;
import dev.bobbin.model.sync.PushRequest;
import dev.bobbin.model.sync.PushResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * What really happens between devices and the server in a randomised test: every push the server
 * answered is logged with its answer (in server order, as devices sync one at a time), and calls
 * are randomly cut before they reach the server or after it answered (a lost response).
 */
final class ServerLog {
  /** One pushed mutation and what the server did with it. */
  record Entry(
      java.util.UUID clientId, Mutation mutation, dev.bobbin.model.sync.MutationResult result) {}

  private final ObjectMapper json =
      StoreJson.newMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private final List<Entry> entries = new ArrayList<>();
  private final Random random;
  private volatile double cutProbability;

  ServerLog(Random random) {
    this.random = random;
  }

  void cutCalls(double probability) {
    cutProbability = probability;
  }

  synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  OkHttpClient http() {
    return SyncClient.defaultHttp().newBuilder().addInterceptor(this::intercept).build();
  }

  private Response intercept(Interceptor.Chain chain) throws IOException {
    Request request = chain.request();
    if (cut()) {
      throw new IOException("cut before the server got it");
    }
    Response response = chain.proceed(request);
    if (request.url().encodedPath().endsWith("/sync/push") && response.code() == 200) {
      Buffer body = new Buffer();
      request.body().writeTo(body);
      PushRequest push = json.readValue(body.readUtf8(), PushRequest.class);
      PushResponse answer =
          json.readValue(response.peekBody(Long.MAX_VALUE).string(), PushResponse.class);
      synchronized (this) {
        for (int i = 0; i < answer.results().size(); i++) {
          entries.add(new Entry(push.clientId(), push.mutations().get(i), answer.results().get(i)));
        }
      }
    }
    if (cut()) {
      response.close();
      throw new IOException("cut after the server answered");
    }
    return response;
  }

  private synchronized boolean cut() {
    return cutProbability > 0 && random.nextDouble() < cutProbability;
  }
}
