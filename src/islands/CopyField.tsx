import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import './copy-field.css';

interface Props {
	id: string;
	label: string;
	value: string;
	/** Text of the button, e.g. "Kopieer de link". */
	button: string;
	/** What was copied, for the messages: "De link", "De deelcode". */
	what: string;
	/** Shown next to the button, e.g. a link that opens the value. */
	children?: ComponentChildren;
}

/**
 * A read-only field with a copy button. When the clipboard is not available
 * (an old browser, or blocked), the text is selected, so Ctrl+C still works.
 */
export function CopyField({ id, label, value, button, what, children }: Props) {
	const field = useRef<HTMLInputElement>(null);
	const [message, setMessage] = useState('');

	const copy = async () => {
		field.current?.select();
		try {
			await navigator.clipboard.writeText(value);
			setMessage(`${what} is gekopieerd.`);
		} catch {
			setMessage(`Kopiëren lukte niet. ${what} is geselecteerd: kopieer hem met Ctrl+C of Cmd+C.`);
		}
	};

	return (
		<>
			<div class="kb-copy-field">
				<label for={id}>{label}</label>
				<input ref={field} id={id} type="text" readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
			</div>
			<p class="kb-copy-actions">
				<button type="button" class="secondary" onClick={copy}>
					{button}
				</button>
				{children}
				<span role="status">{message}</span>
			</p>
		</>
	);
}
