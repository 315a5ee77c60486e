package io.github.ogpkit.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

/**
 * A real folder with something happening on the way: after half of the content is written
 * (a failure, the directory renamed), or a system that will not give a file to another owner.
 */
final class HookedFolder implements Folder {

  /** What happens half-way through writing. */
  @FunctionalInterface
  interface Hook {
    void run() throws IOException;
  }

  private final Folder folder;
  private final Hook midWrite;
  private final boolean ownersRefused;

  private HookedFolder(Folder folder, Hook midWrite, boolean ownersRefused) {
    this.folder = folder;
    this.midWrite = midWrite;
    this.ownersRefused = ownersRefused;
  }

  /** Opens real folders in which {@code hook} runs once half the content is written. */
  static InPlaceWriter.Opener midWrite(Hook hook) {
    return dir -> new HookedFolder(Folder.open(dir), hook, false);
  }

  /** Opens real folders by path in which {@code hook} runs once half the content is written. */
  static InPlaceWriter.Opener midWriteByPath(Hook hook) {
    return dir -> new HookedFolder(Folder.byPath(dir), hook, false);
  }

  /** Opens real folders in which setting a file's owner or group is not permitted. */
  static InPlaceWriter.Opener ownersRefused() {
    return dir -> new HookedFolder(Folder.open(dir), () -> { }, true);
  }

  @Override
  public SeekableByteChannel create(Path name) throws IOException {
    SeekableByteChannel channel = folder.create(name);
    return new SeekableByteChannel() {
      private boolean hooked;

      @Override
      public int write(ByteBuffer src) throws IOException {
        if (hooked) {
          return channel.write(src);
        }
        hooked = true;
        ByteBuffer half = src.slice().limit(src.remaining() / 2);
        int written = channel.write(half);
        src.position(src.position() + written);
        midWrite.run();
        return written;
      }

      @Override
      public int read(ByteBuffer dst) throws IOException {
        return channel.read(dst);
      }

      @Override
      public long position() throws IOException {
        return channel.position();
      }

      @Override
      public SeekableByteChannel position(long newPosition) throws IOException {
        channel.position(newPosition);
        return this;
      }

      @Override
      public long size() throws IOException {
        return channel.size();
      }

      @Override
      public SeekableByteChannel truncate(long size) throws IOException {
        channel.truncate(size);
        return this;
      }

      @Override
      public boolean isOpen() {
        return channel.isOpen();
      }

      @Override
      public void close() throws IOException {
        channel.close();
      }
    };
  }

  @Override
  public PosixFileAttributeView posix(Path name) {
    PosixFileAttributeView view = folder.posix(name);
    if (!ownersRefused || view == null) {
      return view;
    }
    return new PosixFileAttributeView() {
      @Override
      public String name() {
        return view.name();
      }

      @Override
      public PosixFileAttributes readAttributes() throws IOException {
        return view.readAttributes();
      }

      @Override
      public void setTimes(FileTime modified, FileTime access, FileTime create)
          throws IOException {
        view.setTimes(modified, access, create);
      }

      @Override
      public void setPermissions(Set<PosixFilePermission> perms) throws IOException {
        view.setPermissions(perms);
      }

      @Override
      public UserPrincipal getOwner() throws IOException {
        return view.getOwner();
      }

      @Override
      public void setOwner(UserPrincipal owner) throws IOException {
        throw new FileSystemException(name.toString(), null, "Operation not permitted");
      }

      @Override
      public void setGroup(GroupPrincipal group) throws IOException {
        throw new FileSystemException(name.toString(), null, "Operation not permitted");
      }
    };
  }

  @Override
  public void move(Path from, Path to) throws IOException {
    folder.move(from, to);
  }

  @Override
  public void delete(Path name) throws IOException {
    folder.delete(name);
  }

  @Override
  public void close() throws IOException {
    folder.close();
  }
}
