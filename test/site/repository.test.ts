import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { correctionLinks, repositoryUrl } from '../../src/site/repository.ts';

describe('the repository address', () => {
  it('reads every form package.json may give, then GitHub Actions, else nothing', () => {
    for (const repository of [
      'github:owner/timeline',
      'owner/timeline',
      { url: 'git+https://github.com/owner/timeline.git' },
      'https://github.com/owner/timeline',
    ]) {
      assert.equal(repositoryUrl({ repository }, {}), 'https://github.com/owner/timeline', JSON.stringify(repository));
    }
    assert.equal(repositoryUrl({}, { GITHUB_REPOSITORY: 'owner/timeline' }), 'https://github.com/owner/timeline');
    assert.equal(repositoryUrl({}, {}), undefined);
  });

  it('links to the event file’s edit page and to a new issue naming the event', () => {
    const links = correctionLinks('https://github.com/owner/timeline', {
      id: '1961-07-11-friendship-treaty',
      title: 'Treaty of Friendship & Cooperation',
      filePath: 'content/events/1961-07-11-friendship-treaty.md',
    });
    assert.equal(
      links.edit,
      'https://github.com/owner/timeline/edit/main/content/events/1961-07-11-friendship-treaty.md',
    );
    const issue = new URL(links.issue);
    assert.equal(issue.pathname, '/owner/timeline/issues/new');
    assert.equal(issue.searchParams.get('title'), 'Error in “Treaty of Friendship & Cooperation”');
    assert.match(issue.searchParams.get('body')!, /^Event: 1961-07-11-friendship-treaty\nFile: content\/events\//);
  });
});
