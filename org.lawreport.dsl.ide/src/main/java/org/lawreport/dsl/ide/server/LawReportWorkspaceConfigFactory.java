package org.lawreport.dsl.ide.server;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.MultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.workspace.ISourceFolder;
import org.eclipse.xtext.workspace.IWorkspaceConfig;

/**
 * One project per workspace folder, as Xtext does, and one more that holds every file outside them: a report the
 * client opens on its own (no folder open) is validated against the shipped template instead of being ignored.
 * That project scans nothing; it only serves the files the client opens.
 */
public class LawReportWorkspaceConfigFactory extends MultiRootWorkspaceConfigFactory {

	/** The project of the files outside every workspace folder. */
	public static final String SINGLE_FILES = "lawreport-single-files";

	@Override
	public IWorkspaceConfig getWorkspaceConfig(List<WorkspaceFolder> workspaceFolders) {
		return new WithSingleFiles(super.getWorkspaceConfig(workspaceFolders));
	}

	private static final class WithSingleFiles implements IWorkspaceConfig {
		private final IWorkspaceConfig folders;
		private final SingleFiles singleFiles = new SingleFiles(this);

		WithSingleFiles(IWorkspaceConfig folders) {
			this.folders = folders;
		}

		@Override
		public Set<? extends IProjectConfig> getProjects() {
			Set<IProjectConfig> projects = new LinkedHashSet<>(folders.getProjects());
			projects.add(singleFiles);
			return projects;
		}

		@Override
		public IProjectConfig findProjectContaining(URI member) {
			IProjectConfig project = folders.findProjectContaining(member);
			return project != null ? project : singleFiles;
		}

		@Override
		public IProjectConfig findProjectByName(String name) {
			return SINGLE_FILES.equals(name) ? singleFiles : folders.findProjectByName(name);
		}
	}

	private static final class SingleFiles implements IProjectConfig, ISourceFolder {
		private static final URI ROOT = URI.createURI("file:///");
		private final IWorkspaceConfig workspace;

		SingleFiles(IWorkspaceConfig workspace) {
			this.workspace = workspace;
		}

		@Override
		public String getName() {
			return SINGLE_FILES;
		}

		@Override
		public URI getPath() {
			return ROOT;
		}

		@Override
		public Set<? extends ISourceFolder> getSourceFolders() {
			return Set.of(this);
		}

		@Override
		public ISourceFolder findSourceFolderContaining(URI member) {
			return this;
		}

		@Override
		public IWorkspaceConfig getWorkspaceConfig() {
			return workspace;
		}

		@Override
		public boolean contains(URI uri) {
			return true;
		}

		@Override
		public List<URI> getAllResources(IFileSystemScanner scanner) {
			return List.of(); // nothing to scan: the client's open files are all there is
		}
	}
}
