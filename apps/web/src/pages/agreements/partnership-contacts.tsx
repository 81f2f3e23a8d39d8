import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { components } from '../../api/api-types.generated';
import { useLanguageName } from '../../i18n/display-names';
import { useT } from '../../i18n/locale-provider';
import { ContactsForm } from './contacts-form';
import type { OnPartnershipChanged } from './partnership-changed';
import { useSideName, type Side } from './side-name';

type Partnership = components['schemas']['Partnership'];
type Contact = components['schemas']['Contact'];

const SIDES: readonly Side[] = ['member', 'partner'];

/**
 * Both sides' contacts of a partnership, each side under its city's name and the side's
 * (seen from `ownSide`: "your city"); the sides the viewer acts for (`editable`: a party's
 * own, or both for staff) have an edit button while the partnership has not ended (the
 * API refuses it then).
 */
export function PartnershipContacts({
  partnership,
  ownSide,
  editable,
  onChanged,
}: {
  partnership: Partnership;
  /** Whose viewpoint names the sides (`null`: staff's, neither side's). */
  ownSide: Side | null;
  editable: readonly Side[];
  onChanged: OnPartnershipChanged;
}) {
  const t = useT();
  const sideName = useSideName(ownSide);
  const [editing, setEditing] = useState<Side | null>(null);
  const whose = (side: Side) =>
    t('agreements.contacts.whose', { city: (side === 'member' ? partnership.memberCity : partnership.partnerCity).name, side: sideName(side) });
  // The viewer's own side first.
  const sides = [...SIDES].sort((a, b) => (a === ownSide ? -1 : b === ownSide ? 1 : 0));

  return (
    <Stack gap="xs" component="section" aria-labelledby="contacts-title">
      <Title order={2} size="h3" id="contacts-title">
        {t('agreements.contacts.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: editing ? 1 : 2 }}>
        {sides.map((side) => {
          const contacts = side === 'member' ? partnership.memberContacts : partnership.partnerContacts;
          const mayEdit = editable.includes(side) && partnership.status !== 'terminated';
          return (
            <Card key={side} withBorder padding="sm" component="section" aria-labelledby={`contacts-${side}`}>
              <Stack gap="xs">
                <Title order={3} size="h5" id={`contacts-${side}`}>
                  {whose(side)}
                </Title>
                {editing === side ? (
                  <ContactsForm partnership={partnership} side={side} legend={whose(side)} onChanged={onChanged} onDone={() => setEditing(null)} />
                ) : (
                  <>
                    {contacts.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('agreements.contacts.none')}
                      </Text>
                    ) : (
                      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                        {contacts.map((contact, index) => (
                          <ContactLine key={`${contact.email}-${index}`} contact={contact} />
                        ))}
                      </Stack>
                    )}
                    {mayEdit && (
                      <Group>
                        <Button variant="light" size="xs" onClick={() => setEditing(side)} aria-label={t('agreements.contacts.edit', { whose: whose(side) })}>
                          {t('agreements.contacts.editShort')}
                        </Button>
                      </Group>
                    )}
                  </>
                )}
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}

function ContactLine({ contact }: { contact: Contact }) {
  const languageName = useLanguageName();
  const t = useT();
  return (
    <Text size="sm" component="li" style={{ overflowWrap: 'anywhere' }}>
      <b>{contact.name}</b>
      {contact.role && `, ${contact.role}`}
      {' · '}
      <Anchor href={`mailto:${contact.email}`} size="sm">
        {contact.email}
      </Anchor>
      {contact.phone && ` · ${contact.phone}`}
      {contact.language && ` · ${t('agreements.contacts.writesIn', { language: languageName(contact.language) })}`}
    </Text>
  );
}
