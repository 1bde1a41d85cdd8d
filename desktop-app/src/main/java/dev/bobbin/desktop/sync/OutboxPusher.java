package dev.bobbin.desktop.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.desktop.store.BlobFiles;
import dev.bobbin.desktop.store.LocalStore;
import dev.bobbin.desktop.store.Outbox;
import dev.bobbin.desktop.store.OutboxEntry;
import dev.bobbin.desktop.store.StoreJson;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.sync.Change;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.FieldChange;
import dev.bobbin.model.sync.Mutation;
import dev.bobbin.model.sync.MutationKind;
import dev.bobbin.model.sync.MutationResult;
import dev.bobbin.model.sync.PushRequest;
import dev.bobbin.model.sync.PushResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Pushes the outbox in order, in batches, and applies the answers: applied entries go, rejected
 * ones go too after the server's truth is restored and the user told why. An entry whose pushes
 * keep failing is retried alone and, after {@link #MAX_ATTEMPTS}, set aside (invariant 8).
 */
final class OutboxPusher {
  /** Failed attempts (5xx, timeouts) after which an entry is set aside. */
  static final int MAX_ATTEMPTS = 8;

  private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {};
  private static final TypeReference<Map<String, FieldChange>> CHANGES = new TypeReference<>() {};
  // Who made a change when the device had nobody signed in; the server records the token's user.
  private static final UUID NOBODY = new UUID(0, 0);
  private static final String IMAGE = "imageSha256";

  private final LocalStore store;
  private final BlobFiles blobs;
  private final Outbox outbox;
  private final SyncClient client;
  private final RemoteApply remote;
  private final Supplier<UUID> signedIn;
  private final Consumer<RejectedChange> rejections;
  private final Clock clock;
  private final int batchSize;
  private final ObjectMapper mapper = StoreJson.newMapper();

  OutboxPusher(
      LocalStore store,
      BlobFiles blobs,
      Outbox outbox,
      SyncClient client,
      RemoteApply remote,
      Supplier<UUID> signedIn,
      Consumer<RejectedChange> rejections,
      Clock clock,
      int batchSize) {
    this.store = store;
    this.blobs = blobs;
    this.outbox = outbox;
    this.client = client;
    this.remote = remote;
    this.signedIn = signedIn;
    this.rejections = rejections;
    this.clock = clock;
    this.batchSize = Math.min(batchSize, PushRequest.MAX_BATCH);
  }

  /**
   * Pushes until nothing pushable is left.
   *
   * @return how many entries the server answered
   * @throws SyncException when the server cannot be reached or keeps failing
   */
  int pushAll() {
    int answered = 0;
    while (true) {
      List<OutboxEntry> first = outbox.pushable(1);
      if (first.isEmpty()) {
        return answered;
      }
      // An entry that failed before goes alone, so one bad entry cannot sink a whole batch.
      List<OutboxEntry> batch = first.get(0).attempts() > 0 ? first : outbox.pushable(batchSize);
      List<Mutation> mutations = new ArrayList<>();
      for (OutboxEntry entry : batch) {
        Mutation mutation = mutation(entry);
        if (mutation == null) {
          break;
        }
        mutations.add(mutation);
      }
      if (mutations.isEmpty()) {
        continue;
      }
      PushResponse response;
      try {
        uploadImages(mutations);
        response = client.push(new PushRequest(client.clientId(), mutations));
      } catch (SyncException.Failed e) {
        boolean setAside =
            outbox.recordFailure(batch.get(0).mutationId(), e.getMessage(), MAX_ATTEMPTS);
        if (setAside) {
          continue;
        }
        throw e;
      }
      answered += settle(batch.subList(0, mutations.size()), response);
    }
  }

  /**
   * Uploads the pictures the batch's designs point to before the designs themselves, so a device
   * that pulls a design finds its picture on the server. A picture missing here is not sent.
   */
  private void uploadImages(List<Mutation> mutations) {
    for (Mutation m : mutations) {
      if (m.entity() != EntityType.DESIGN) {
        continue;
      }
      FieldChange changed = m.changes().get(IMAGE);
      Object sha = m.kind() == MutationKind.CREATE ? m.values().get(IMAGE) : null;
      if (changed != null) {
        sha = changed.to();
      }
      if (sha instanceof String hash) {
        blobs.read(hash).ifPresent(bytes -> client.uploadBlob(hash, bytes));
      }
    }
  }

  /** The entry as a mutation; an entry that cannot be one is set aside with the reason. */
  private Mutation mutation(OutboxEntry entry) {
    try {
      // A delete carries the record as it was deleted here: edits made elsewhere that this device
      // never saw are then kept as a conflict on the server.
      Map<String, Object> values =
          entry.kind() != MutationKind.UPDATE ? mapper.readValue(entry.payload(), VALUES) : null;
      Map<String, FieldChange> changes =
          entry.kind() == MutationKind.UPDATE ? mapper.readValue(entry.payload(), CHANGES) : null;
      UUID user = entry.userId() != null ? entry.userId() : signedIn.get();
      return new Mutation(
          entry.mutationId(),
          entry.entity(),
          entry.entityId(),
          entry.kind(),
          values,
          changes,
          user == null ? NOBODY : user,
          entry.createdAt());
    } catch (JsonProcessingException | ValidationException e) {
      outbox.recordFailure(entry.mutationId(), "This change cannot be sent: " + e.getMessage(), 1);
      return null;
    }
  }

  private int settle(List<OutboxEntry> batch, PushResponse response) {
    Map<Long, OutboxEntry> byId = new HashMap<>();
    batch.forEach(e -> byId.put(e.mutationId(), e));
    List<Long> answered = new ArrayList<>();
    List<MutationResult.Rejected> rejected = new ArrayList<>();
    for (MutationResult result : response.results()) {
      if (!byId.containsKey(result.mutationId())) {
        continue;
      }
      answered.add(result.mutationId());
      if (result instanceof MutationResult.Rejected r) {
        rejected.add(r);
      }
    }
    // The server's truth for rejected records first: if that fails, nothing is dropped yet and the
    // retried push gets the stored rejection again.
    Set<SyncClient.RecordRef> refs = new LinkedHashSet<>();
    for (MutationResult.Rejected r : rejected) {
      OutboxEntry e = byId.get(r.mutationId());
      refs.add(new SyncClient.RecordRef(e.entity(), e.entityId()));
    }
    List<Change> truth = refs.isEmpty() ? List.of() : client.fetch(List.copyOf(refs));
    store.runInTransaction(
        s -> {
          outbox.remove(answered);
          Set<UUID> returned = new HashSet<>();
          for (Change c : truth) {
            returned.add(c.id());
          }
          for (SyncClient.RecordRef ref : refs) {
            if (!returned.contains(ref.id())) {
              // Never reached the server (a rejected create): it simply disappears.
              remote.apply(s, List.of(new Change(ref.entity(), ref.id(), 0, null)));
            }
          }
          remote.apply(s, truth);
          remote.reapplyPending(s, refs.stream().map(SyncClient.RecordRef::id).toList());
        });
    for (MutationResult.Rejected r : rejected) {
      OutboxEntry e = byId.get(r.mutationId());
      rejections.accept(
          new RejectedChange(
              e.entity(), e.entityId(), r.mutationId(), r.code(), r.reason(), clock.instant()));
    }
    return answered.size();
  }
}
